x = café
