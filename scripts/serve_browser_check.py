"""The browser half of scripts/serve-browser-check: see that script for what it does."""
import os
import pathlib
import re
import subprocess
import sys

import axe_playwright_python
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

root = pathlib.Path(__file__).resolve().parent.parent
cria, shots = sys.argv[1], pathlib.Path(sys.argv[2])
axe_source = (pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()

server = subprocess.Popen([cria, "serve", "--host", "127.0.0.1", "--port", "0"], stderr=subprocess.PIPE, text=True)
line = server.stderr.readline()
match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
if not match:
    server.kill()
    sys.exit(f"cria serve did not start: {line}")
base = f"http://127.0.0.1:{match.group(1)}"

options = webdriver.ChromeOptions()
for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600"):
    options.add_argument(argument)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"))
failures = 0


def axe(name):
    """Runs axe-core on the current page and prints every violation."""
    global failures
    driver.execute_script(axe_source)
    result = driver.execute_async_script("const done = arguments[arguments.length - 1]; axe.run().then(done, e => done({error: String(e)}));")
    if "error" in result:
        sys.exit(f"axe failed on {name}: {result['error']}")
    violations = result["violations"]
    print(f"axe-core {result['testEngine']['version']} on {name}: {len(result['passes'])} rules pass, {len(violations)} violations")
    for violation in violations:
        failures += 1
        print(f"  {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            print(f"    {node['target']}: {node['failureSummary']}")


try:
    wait = WebDriverWait(driver, 60)
    docx = root / "Tests/CriaServerTests/Fixtures/kinship-allowance-pilot.docx"

    driver.get(base + "/")
    axe("the upload page")
    driver.save_screenshot(str(shots / "serve-upload.png"))
    print(f"screenshot: {shots / 'serve-upload.png'}")

    driver.find_element(By.ID, "file").send_keys(str(docx))
    driver.find_element(By.CSS_SELECTOR, "form[action='/check'] button[type=submit]").click()
    wait.until(expected_conditions.presence_of_element_located((By.ID, "findings")))
    title = driver.find_element(By.TAG_NAME, "h1").text
    counts = [item.text.replace("\n", " ") for item in driver.find_elements(By.CSS_SELECTOR, ".counts li")]
    print(f"result page: {title!r}; {', '.join(counts)}")
    if not title.startswith("Kinship Allowance Pilot") or "3 Fail" not in counts:
        failures += 1
        print("  the result page does not show the document's title and its three fails")
    # The top of the page (1280x1600): title, counts, downloads, filter, first findings.
    driver.save_screenshot(str(shots / "serve-result.png"))
    print(f"screenshot: {shots / 'serve-result.png'}")
    axe("the result page")

    driver.get(base + "/")
    files = [root / "samples/dfe-kinship-allowance-pilot.xml", root / "samples/dwp-uc-deductions-cap.json", docx]
    driver.find_element(By.ID, "file").send_keys("\n".join(str(f) for f in files))
    driver.find_element(By.CSS_SELECTOR, "form[action='/check'] button[type=submit]").click()
    wait.until(lambda d: "kinship-allowance-pilot.docx" in d.page_source and d.find_elements(By.TAG_NAME, "h1"))
    print(f"batch report: {driver.find_element(By.TAG_NAME, 'h1').text!r}")
    axe("the batch HTML report")
finally:
    driver.quit()
    server.terminate()
    server.wait(timeout=30)

print("browser check: 0 violations" if not failures else f"browser check: {failures} problems")
sys.exit(1 if failures else 0)
