"""Runs axe-core on an HTML file in headless Chromium at 1280 and 390 px wide.

Usage: a11y_check.py REPORT.html AXE.min.js OUTDIR
Prints axe's version and every violation (rule, impact, the first nodes); saves a
full-page screenshot per width in OUTDIR; exits 1 if any violation is found.
"""
import json
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


def main():
    report, axe_path, out = sys.argv[1:4]
    axe_source = open(axe_path, encoding="utf-8").read()
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    failures = 0
    try:
        for width in (1280, 390):
            driver.set_window_size(width, 900)
            driver.get("file://" + os.path.abspath(report))
            driver.execute_script(axe_source)
            result = driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r))).catch(e => done(JSON.stringify({error: String(e)})));"
            )
            result = json.loads(result)
            if "error" in result:
                print(f"{width} px: axe failed: {result['error']}")
                failures += 1
                continue
            violations = result["violations"]
            print(f"{width} px: axe-core {result['testEngine']['version']}: {len(violations)} violations")
            for violation in violations:
                failures += 1
                print(f"  {violation['id']} ({violation['impact']}): {violation['help']}")
                for node in violation["nodes"][:3]:
                    print(f"    {node['target']}: {node['failureSummary'].splitlines()[-1].strip()}")
            height = driver.execute_script("return document.documentElement.scrollHeight")
            overflow = driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth")
            if overflow:
                print(f"  {width} px: the page is wider than the window (scrolls sideways)")
                failures += 1
            driver.set_window_size(width, min(height, 16000))
            shot = os.path.join(out, f"report-{width}.png")
            driver.save_screenshot(shot)
            print(f"  screenshot: {shot} ({width} x {min(height, 16000)} px)")
    finally:
        driver.quit()
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
