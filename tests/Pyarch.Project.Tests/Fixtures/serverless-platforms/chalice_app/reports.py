from chalice import Chalice

reports = Chalice(app_name="reports")


@reports.route("/reports")
def list_reports():
    return []
