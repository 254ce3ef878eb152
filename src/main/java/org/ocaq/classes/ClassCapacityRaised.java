package org.ocaq.classes;

/** Published (in the saving transaction) when a class gets more seats, so that waiting children can be offered them. */
public record ClassCapacityRaised(long classId) {
}
