label = (user.name) if user.is_staff
