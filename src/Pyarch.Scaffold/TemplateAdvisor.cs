namespace Pyarch.Scaffold;

/// <summary>Maps answers to a template, citing the architecture guide's characteristics of each framework.</summary>
public static class TemplateAdvisor
{
    /// <summary>Teams of this size or more get the structures made for parallel work.</summary>
    public const int LargeTeam = 5;

    public static Recommendation Recommend(ProjectNeeds needs)
    {
        bool large = needs.TeamSize >= LargeTeam;
        return needs.Kind switch
        {
            ProjectKind.DataProject => new("data-science", null,
            [
                "data/raw, data/processed and data/models keep inputs immutable and outputs reproducible",
                "notebooks/ for exploration, src/ (data, features, models, visualization) for code that is tested",
            ]),
            ProjectKind.Website when needs.NeedsAdmin || large => Django(large),
            ProjectKind.Website => new("flask", null,
            [
                "Flask is a minimal, unopinionated microframework: good for smaller applications",
                "the application factory and blueprints keep routes, models and services apart as it grows",
            ]),
            ProjectKind.Microservice => new("fastapi", null,
            [
                "FastAPI is modern and high-performance, with async support built in: ideal for microservices",
                "type hints drive validation (Pydantic) and automatic API docs (Swagger/ReDoc)",
            ]),
            _ when large || needs.NeedsAsync => new("api", "fastapi",
            [
                "the versioned API layout (app/api/v1) lets you ship v2 without breaking clients",
                needs.NeedsAsync
                    ? "FastAPI has async support built in, served by uvicorn (ASGI)"
                    : "core/, services/ and db/ give a growing team clear places for config, logic and data",
                "Alembic migrations and .env-based settings are ready for deployment",
            ]),
            _ => new("fastapi", null,
            [
                "FastAPI is ideal for APIs: type hints and validation with Pydantic, automatic docs",
                "routers/, schemas/ and services/ keep HTTP, validation and business logic apart",
            ]),
        };
    }

    private static Recommendation Django(bool large) => large
        ? new("django-monolith", null,
        [
            "Django is batteries included: ORM, migrations and an admin interface out of the box",
            "apps/ per business area (users, orders, products) let a larger team work in parallel",
            "split settings (base, dev, prod) keep production hardening out of local development",
        ])
        : new("django", null,
        [
            "Django is batteries included: ORM, migrations and an admin interface out of the box",
            "best for full-stack web applications; Django REST Framework serves the API",
        ]);
}
