# vim: set fileencoding=macroman :
greeting = 'café crème'
