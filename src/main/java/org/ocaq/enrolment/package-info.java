/**
 * Enrolment: children's places in classes, and the coordinator's roster import and export that bring a school year
 * in from a spreadsheet. Uses the people and classes features through their services.
 */
package org.ocaq.enrolment;
