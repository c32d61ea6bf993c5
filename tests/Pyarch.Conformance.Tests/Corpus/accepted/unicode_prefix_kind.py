# Only a lowercase u prefix gives kind='u'.
(u"", U"", u"a" "b", U"a" u"b", "x" u"y")
