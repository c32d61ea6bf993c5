# coding: utf-7
x = "é"
