/** People of the schools: teachers, families with their guardians and children, and adult learners. */
package org.ocaq.people;
