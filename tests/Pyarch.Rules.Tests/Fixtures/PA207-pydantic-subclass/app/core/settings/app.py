# The fields of a subclass of the project's settings class, defined in another module, are environment variables too.
from app.core.settings.base import BaseAppSettings


class AppSettings(BaseAppSettings):
    debug: bool = False
    secret_key: str
    database_url: str
    api_prefix: str = "/api"  # expect: PA207 "`API_PREFIX` is read here"


class ProdAppSettings(AppSettings):
    docs_url: str = ""  # expect: PA207 "`DOCS_URL` is read here"


class Timestamps:
    created_field: str = "created"


class AuditedSettings(Timestamps, AppSettings):
    # Settings through the second base: the first is a plain project class.
    audit_log: str = "audit.log"  # expect: PA207 "`AUDIT_LOG` is read here"
