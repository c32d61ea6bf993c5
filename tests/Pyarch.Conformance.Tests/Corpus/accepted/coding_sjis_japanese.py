#!/usr/bin/env python
# -*- coding: sjis -*-
name = '日本語'
