"""Build the compliance checker's optional compiled parts; everything else is in pyproject.toml.

_scorer scores the learned model, _prefilter picks the patterns worth running. optional=True: without a C
compiler the install still succeeds and the checker runs the same code in Python, slower.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            f"feedback.domain.compliance.{name}",
            [f"feedback/domain/compliance/{name}.c"],
            extra_compile_args=["-O2"],
            optional=True,
        )
        for name in ("_scorer", "_prefilter")
    ]
)
