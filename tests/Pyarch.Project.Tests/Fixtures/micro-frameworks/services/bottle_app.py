import bottle

app = bottle.Bottle()
