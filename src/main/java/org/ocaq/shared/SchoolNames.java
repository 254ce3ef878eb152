package org.ocaq.shared;

import java.util.Collection;
import java.util.Map;

/**
 * Schools' names by id, for features below {@code school} that hold school ids (an account's scopes) and need to say
 * which school they mean. The school feature implements it; its names are public anyway.
 */
public interface SchoolNames {

    /** The names of those of the schools that exist, by id. */
    Map<Long, String> schoolNames(Collection<Long> schoolIds);
}
