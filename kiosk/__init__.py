"""City e-service kiosk for Helsinki city libraries."""

__version__ = "0.1.0"
