# -*- coding: latin2 -*-
# A coding line names a codec by any of CPython's aliases.
city = 'Łódź'
