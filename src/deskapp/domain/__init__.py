"""Plain-Python domain rules: value objects, enums, validation and policies. No Qt, no SQL."""
