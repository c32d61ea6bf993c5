# coding: us-ascii
word = 'café'
