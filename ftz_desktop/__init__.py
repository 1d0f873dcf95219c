"""FTZ Desktop: an offline workbench for documents about China's pilot free trade zones."""

__version__ = "0.1.0"
