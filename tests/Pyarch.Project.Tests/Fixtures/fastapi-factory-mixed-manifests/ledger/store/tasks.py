from huey import RedisHuey

huey = RedisHuey("ledger")


@huey.task()
def settle(entry_id):
    return entry_id
