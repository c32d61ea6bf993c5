# coding: Latin1
x = 1
