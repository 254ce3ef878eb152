package org.ocaq.enrolment;

/** How many children hold a place in a class. */
record ClassPlacementCount(long classId, long placed) {
}
