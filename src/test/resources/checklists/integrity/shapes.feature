Feature: Matches, composite references, and what cannot be checked

  Background:
    Given the database "production"

  Scenario: Every active restaurant has a subscription
    Then every row of "restaurants" where "is_active" has a matching "subscriptions" through "restaurant_id"

  Scenario: Every restaurant named Mama Oliech has a subscription
    Then every row of "restaurants" where "name = 'Mama Oliech'" has a matching "subscriptions" through "restaurant_id"

  Scenario: Order items reference their order within the tenant
    Then no row of "tenant_order_items" references a missing "tenant_orders" through "tenant_id, order_id"

  Scenario: A composite reference named with one column
    Then no row of "tenant_order_items" references a missing "tenant_orders" through "order_id"

  Scenario: A table without a primary key cannot be pointed at
    Then no row of "tenant_order_items" references a missing "audit_events" through "order_id"

  Scenario: A missing table fails
    Then no row of "legacy_orders" satisfies "id < 0"

  Scenario: A missing column fails
    Then "restaurants.email" has no duplicate values

  Scenario: A condition with a syntax error is broken
    Then no row of "restaurants" satisfies "is_active ="

  Scenario: A condition that is not boolean is broken
    Then no row of "restaurants" satisfies "name"

  Scenario: A condition with two statements is refused before anything is sent
    Then no row of "restaurants" satisfies "true; delete from restaurants"

  Scenario: A condition with a comment is refused
    Then no row of "restaurants" satisfies "true -- and false"

  Scenario: A condition that escapes its parentheses is refused
    Then no row of "restaurants" satisfies "true) or (true"

  Scenario: A condition naming an unknown column is broken
    Then no row of "restaurants" satisfies "rating > 3"

  Scenario: A condition with a quoted identifier
    Then no row of "restaurants" satisfies "\"name\" = 'Nowhere'"

  Scenario: An invalid regular expression is broken
    Then every "restaurants.name" matches "^(unclosed"
