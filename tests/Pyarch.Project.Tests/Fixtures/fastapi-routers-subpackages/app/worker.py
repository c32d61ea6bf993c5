from arq.connections import RedisSettings


async def reindex(ctx, item_id: int):
    return item_id


class WorkerSettings:
    functions = [reindex]
    redis_settings = RedisSettings(host="redis")
