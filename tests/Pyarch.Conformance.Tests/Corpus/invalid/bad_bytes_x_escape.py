x = b'\xz0'
