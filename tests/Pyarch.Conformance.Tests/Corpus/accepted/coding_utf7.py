# coding: utf7
s = '+AOk +APw +IhE'
