# coding: cp936
title = '中文标题'
