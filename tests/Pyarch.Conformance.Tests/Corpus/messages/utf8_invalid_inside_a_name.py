x = abécd + 1
