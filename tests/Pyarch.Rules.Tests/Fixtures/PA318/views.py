import subprocess

from django.http import HttpResponse


def convert(request):
    name = request.GET["file"]
    command = "convert uploads/" + name + " out.png"
    subprocess.Popen(command, shell=True).wait()  # expect: PA318 "with data from the request"
    return HttpResponse("ok")


def report(user):
    subprocess.Popen("convert " + user.avatar + " out.png", shell=True).wait()  # expect: PA318 "through a shell"
    return HttpResponse("ok")
