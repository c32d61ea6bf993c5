label = "admin" if user.is_staff
