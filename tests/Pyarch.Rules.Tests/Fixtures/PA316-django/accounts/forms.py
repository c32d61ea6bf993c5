from django import forms
from django.forms import ModelForm

from .models import Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = "__all__"  # expect: PA316 "ModelForm `ProfileForm` uses `fields"


class PublicProfileForm(ModelForm):
    class Meta:
        model = Profile
        exclude = ["is_verified"]  # expect: PA316 "uses `exclude`"


class BioForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["bio"]


class ContactForm(forms.Form):
    fields = "__all__"
