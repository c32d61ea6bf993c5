#!/usr/bin/python
# -*- coding: utf-8 -*-
# café
x=1
