package uk.lantern.console.home;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The part of the console a page belongs to ("alerts", "children", "mace", "figures"), for the navigation's mark. */
@ControllerAdvice
class Sections {

    @ModelAttribute("section")
    String section(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] parts = path.split("/");
        return parts.length > 1 ? parts[1] : "";
    }
}
