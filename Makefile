# Two commands: `make figures` (main job) and `make test` (the whole suite). Both set up .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export TZ := UTC
export PYTHONHASHSEED := 0
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup figures test bench bench-large clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (timeline)" >/dev/null
	touch $(STAMP)

figures: setup
	$(BIN)/timeline figures --corpus seeds --output figures --data figures

test: setup
	$(BIN)/python -m pytest tests notebooks --nbval -p no:cacheprovider

bench: setup
	$(BIN)/python benchmarks/run.py --sizes 1 10

bench-large: setup
	$(BIN)/python benchmarks/run.py --sizes 1 10 100

clean:
	rm -rf $(VENV) .pytest_cache
