namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>caching</c> category. Redis counts even when it serves as a queue, as the contract says.</summary>
public static class Caching
{
    public const string Redis = "redis";
    public const string Memcached = "memcached";
    public const string DjangoCache = "django-cache";
    public const string FlaskCaching = "flask-caching";

    private const string C = StackCategory.Caching;

    public static readonly Technology[] All =
    [
        new(Redis, C)
        {
            Distributions = ["redis", "django-redis", "aioredis", "hiredis", "redis-py-cluster"], Imports = ["redis", "django_redis", "aioredis"],
            Settings = ["django_redis", "django.core.cache.backends.redis"],
        },
        new(Memcached, C)
        {
            Distributions = ["pymemcache", "python-memcached", "pylibmc", "aiomcache"], Imports = ["pymemcache", "memcache", "pylibmc", "aiomcache"],
            Settings = ["django.core.cache.backends.memcached"],
        },
        new(DjangoCache, C),
        new(FlaskCaching, C) { Distributions = ["flask-caching"], Imports = ["flask_caching"] },
    ];
}
