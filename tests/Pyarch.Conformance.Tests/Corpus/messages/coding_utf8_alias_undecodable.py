# coding: utf8
word = 'café'
