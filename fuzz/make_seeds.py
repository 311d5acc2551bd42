#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (fuzz/*.cpp) from the reference's examples.

Usage: make_seeds.py <repo root> <endpoints.json> <output dir>
One folder per target under <output dir>. Seeds are regenerated each run (cheap); what the fuzzer learns is
kept separately by scripts/fuzz.sh.
"""
import hashlib
import json
import os
import re
import sys

root, endpoints_path, out = sys.argv[1:4]
endpoints = json.load(open(endpoints_path, encoding="utf-8"))


def write(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


def strings_in(value, key=""):
    """(key, string) for every string inside a parsed JSON value."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from strings_in(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from strings_in(v, key)
    elif isinstance(value, str):
        yield key, value


def example_json(endpoint):
    try:
        return json.loads(endpoint.get("response_example") or "")
    except ValueError:
        return None


# --- fuzz_model_json: each response example, prefixed with the byte of the type its endpoint reads ----------
table = re.findall(r"OSM_FUZZ_TYPE\(([\w:]+)\),", open(os.path.join(root, "fuzz/fuzz_model_json.cpp")).read())
type_byte = {name: i for i, name in enumerate(table)}
operation_id = {}  # k-constant -> endpoint id
type_of = {}  # endpoint id -> model type
api = os.path.join(root, "core/api")
for name in sorted(os.listdir(api)):
    if name.endswith(".cpp"):
        text = open(os.path.join(api, name), encoding="utf-8").read()
        for constant, op_id in re.findall(r'Operation (k\w+)\{\s*"(\w+)"', text):
            operation_id[constant] = op_id
        for model, constant in re.findall(r"run<(\w+)>\(\s*client,\s*(k\w+)", text):
            if constant in operation_id:
                type_of[operation_id[constant]] = model
# Operations sent through makeRequest() rather than run<T>() (multipart, custom handling, IAM).
type_of.update({"create_case": "CaseCreated", "upload_accessory": "UploadedAccessory",
                "upload_accessory_json": "UploadedAccessory", "iam_create_token": "Token"})
mapped = unmapped = 0
for endpoint in endpoints:
    body = endpoint.get("response_example")
    if not body:
        continue
    model = type_of.get(endpoint["id"])
    if model in type_byte:
        write("fuzz_model_json", bytes([type_byte[model]]) + body.encode("utf-8"))
        mapped += 1
    else:
        # No typed operation found: the example still seeds the general shapes, read as an Acknowledgement.
        write("fuzz_model_json", bytes([type_byte["Acknowledgement"]]) + body.encode("utf-8"))
        unmapped += 1
for i in range(len(table)):
    write("fuzz_model_json", bytes([i]) + b"{}")
print(f"fuzz_model_json: {mapped} examples with their type, {unmapped} without, {len(table)} types")

# --- fuzz_richtext: server text from the examples, and hostile markup ------------------------------------------
hostile_html = [
    '<osm-rich-text><p>Hello <b>world</b></p></osm-rich-text>',
    '<script>alert(1)</script><p onclick="x()">text</p>',
    '<a href="javascript:alert(1)">click</a><a href="data:text/html,x">d</a><a href="https://example.com/?a=1&b=2">ok</a>',
    '<img src="https://tracker.example/p.png" alt="pixel"><iframe src="x"></iframe>',
    '<span style="position:absolute;left:0;color:white">hidden</span><style>p{display:none}</style>',
    '<table><tr><td colspan="3" rowspan="999">c</td><th colspan="x">h</th></tr></table>',
    "<div>" * 200 + "deep" + "</div>" * 200,
    "<b><i><u>unclosed <a href=http://x>link <a href=mailto:a@b>inner",
    "<!-- comment --><![CDATA[x]]><?xml?><!DOCTYPE html>&lt;&#60;&#x3c;&amp;&nbsp;&bogus;",
    "<pre>  code\n\tline</pre><ul><li>one<li>two</ul><ol><li>x</ol><blockquote>q</blockquote>",
]
for html in hostile_html:
    write("fuzz_richtext", html)
write("fuzz_richtext", b"\xff\xfe<p>\xc3\x28 invalid \xe2\x82 utf-8\x00\x01\x7f</p>")
for endpoint in endpoints:
    for key, text in strings_in(example_json(endpoint)):
        if "<" in text or key in ("content", "message", "description", "simple_description"):
            write("fuzz_richtext", text)

# --- fuzz_filename: names from the examples, and hostile ones -----------------------------------------------------
hostile_names = [
    "../../etc/passwd", "/etc/shadow", "C:\\Windows\\system32\\x.dll", "..", ".", "...", ".bashrc",
    "name\x00.txt", "tab\tnew\nline.txt", "CON", "con.txt", "NUL .tar.gz", "LPT1", "COM9.log",
    "invoice\u202egnp.exe", "\u2066hidden\u2069.txt", "a<b>c:d\"e|f?g*h.txt", "trailing dots...",
    "  spaces  ", "日志.log", "x" * 300 + ".txt", "é" * 200 + ".tar.gz", "\U0001F600" * 80 + ".png",
    "report.txt\x00fallback.bin", "\x00\x00", "CON" + " " * 300 + "x",
]
for name in hostile_names:
    write("fuzz_filename", name)
for endpoint in endpoints:
    for key, text in strings_in(example_json(endpoint)):
        if "name" in key.lower() and len(text) < 512:
            write("fuzz_filename", text)

# --- fuzz_content_disposition ------------------------------------------------------------------------------------
for header in [
    'attachment; filename="a.txt"',
    "attachment; filename*=UTF-8''%E6%97%A5%E5%BF%97.log",
    "attachment; filename=\"fallback.log\"; filename*=UTF-8''%E6%97%A5%E5%BF%97.log",
    "inline; filename*=ISO-8859-1'en'%E9t%E9.txt",
    'form-data; name="accessoryData"; filename="Chrysanthemum.jpg"',
    'attachment; filename="quoted \\"name\\".txt"; size=12',
    "attachment; filename*=UTF-8''%ZZbad%; filename=../../x",
    "ATTACHMENT;FILENAME=plain.txt;;=;x",
]:
    write("fuzz_content_disposition", header)

# --- fuzz_multipart: the Content-Type line, then the body (upload_accessory / v1_upload_accessory) ----------------
boundary = "----WebKitFormBoundarynm7SNCD8ZcLOjQHw"


def multipart(parts):
    body = b""
    for headers, data in parts:
        body += b"--" + boundary.encode() + b"\r\n" + headers.encode() + b"\r\n\r\n" + data + b"\r\n"
    return body + b"--" + boundary.encode() + b"--\r\n"


content_type = f"multipart/form-data; boundary={boundary}\n".encode()
write("fuzz_multipart", content_type + multipart([
    ('Content-Disposition: form-data; name="form_data"',
     b'{"fileName":"test.txt","accessoryFrom":"test","uploadType":"0"}'),
    ('Content-Disposition: form-data; name="file"; filename="test.txt"\r\nContent-Type: text/plain', b"file"),
]))
write("fuzz_multipart", content_type + multipart([
    ('Content-Disposition: form-data; name="accessoryData"; filename="Chrysanthemum.jpg"\r\nContent-Type: image/jpeg',
     b"\xff\xd8\xff\xe0 binary \r\n-- not a boundary"),
    ('Content-Disposition: form-data; name="accessoryName"', "Chrysanthemum.jpg".encode()),
    ('Content-Disposition: form-data; name="accessoryFrom"', b"incident"),
]))
write("fuzz_multipart", b'multipart/form-data; boundary="quoted"\n--quoted\r\n'
      b"Content-Disposition: form-data; name*=UTF-8''%E5%90%8D; filename*=UTF-8''%E6%96%87.txt\r\n\r\nx\r\n--quoted--")
write("fuzz_multipart", content_type + b"--" + boundary.encode() + b"\r\nno headers end")
# Regression: a blank line running straight into the delimiter (an empty part).
write("fuzz_multipart", b'multipart/form-data; boundary=b\n--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n--b--')
