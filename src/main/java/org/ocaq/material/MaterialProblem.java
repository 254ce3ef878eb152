package org.ocaq.material;

import org.ocaq.shared.LocalizedProblem;

/** An upload refused, with the reason to show: wrong type, too large, a name that is a path. */
public class MaterialProblem extends LocalizedProblem {

    public MaterialProblem(String messageKey, Object... parameters) {
        super(messageKey, parameters);
    }
}
