"""deskapp: the front desk and control room of a residential property-service centre."""

__version__ = "0.1.0"
