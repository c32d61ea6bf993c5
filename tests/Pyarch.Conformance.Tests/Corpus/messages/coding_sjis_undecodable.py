# coding: shift_jis
word = '�'
