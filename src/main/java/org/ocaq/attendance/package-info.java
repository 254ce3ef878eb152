/**
 * Lessons as they were held and who was there: the teacher's lesson record (topic, unit, homework, materials), the
 * attendance sheet of each lesson with its audit trail, families' advance absence reports, notices of unexplained
 * absences, and the figures attendance reports are made from.
 */
package org.ocaq.attendance;
