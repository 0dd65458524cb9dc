"""Table models: one QAbstractTableModel per list, fed by services, never by SQL."""
