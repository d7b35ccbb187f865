"""Going through the review step of 从文本导入 as a browser would, without JavaScript."""

from django import forms

URL = "/admin/releases/release/import/"


def review_data(response, **changes):
    """The review form's fields as the browser would post them (a checked box as "on",
    an unchecked one left out), with changes: {"answerer_0": "2", "drop_1": True}."""
    form = response.context["form"]
    data = {}
    for name, field in form.fields.items():
        value = changes.pop(name, form[name].value())
        if isinstance(field, forms.BooleanField):
            if value:
                data[name] = "on"
        else:
            data[name] = value
    assert not changes, f"no such fields: {changes}"
    return data


def import_reviewed(client, text, **changes):
    """Paste text, then create the draft from the review page with changes; the response
    of the second post."""
    response = client.post(URL, {"text": text})
    assert response.status_code == 200
    assert "核对导入结果" in response.content.decode()
    return client.post(URL, review_data(response, **changes))
