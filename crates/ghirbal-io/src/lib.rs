//! Readers and writers (being written).
