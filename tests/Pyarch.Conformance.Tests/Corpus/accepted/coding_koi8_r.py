# coding: koi8-r
word = 'Москва'
