# coding: IBM866
word = 'привет'  # the name is matched without regard to case
