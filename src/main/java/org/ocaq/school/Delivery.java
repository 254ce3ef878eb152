package org.ocaq.school;

/** How a school teaches. */
public enum Delivery { IN_PERSON, ONLINE, BOTH }
