/** Classes (groups) of a school and their teachers; the timetable and calendar feeds grow here. */
package org.ocaq.classes;
