# coding: u8
word = 'naïve'
