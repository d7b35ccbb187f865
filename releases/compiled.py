"""Querysets whose SQL the ORM compiles once per database, then runs again with another
value for one parameter.

Compiling a queryset costs more than running it on the small tables of one release: the
release page's eight queries took 2.7 ms, of which about a tenth in the database. A
``CompiledQuery`` is built from a function that makes the queryset for a placeholder
value; the first run on a database compiles it, and every run after that executes the
same SQL with the value in the placeholder's place and makes the model instances as
Django's own iteration does (``select_related`` included).
"""

from django.db import connections, router
from django.db.models.query import get_related_populators

# The value a query is compiled with, replaced on each run: no real primary key is
# negative, so it cannot stand for anything else among the parameters.
PLACEHOLDER = -7_301_993


class CompiledQuery:
    def __init__(self, build):
        self.build = build  # build(value) -> QuerySet whose only parameter is value
        self.model = None
        self.compiled = {}  # database alias -> _Compiled

    def __call__(self, value):
        """The model instances the queryset finds for ``value``, in its order."""
        if self.model is None:
            self.model = self.build(PLACEHOLDER).model
        alias = router.db_for_read(self.model)
        compiled = self.compiled.get(alias)
        if compiled is None:
            compiled = self.compiled[alias] = _Compiled(self.build(PLACEHOLDER), alias)
        return compiled.run(value)


class _Compiled:
    def __init__(self, queryset, alias):
        compiler = queryset.query.get_compiler(using=alias)
        self.sql, params = compiler.as_sql()
        # Any other parameter would be frozen at its first value (a time, say).
        if not params or any(param != PLACEHOLDER for param in params):
            raise ValueError(f"the value must be the query's only parameter: {params}")
        self.params = list(params)
        self.alias = alias
        self.compiler = compiler
        self.model = compiler.klass_info["model"]
        columns = compiler.klass_info["select_fields"]
        start, end = columns[0], columns[-1] + 1
        self.fields = slice(start, end)
        self.init_list = [column[0].target.attname for column in compiler.select[start:end]]
        self.populators = get_related_populators(compiler.klass_info, compiler.select, alias)

    def run(self, value):
        with connections[self.alias].cursor() as cursor:
            cursor.execute(self.sql, [value] * len(self.params))
            rows = cursor.fetchall()
        objects = []
        for row in self.compiler.results_iter(results=[rows]):
            obj = self.model.from_db(self.alias, self.init_list, row[self.fields])
            for populator in self.populators:
                populator.populate(row, obj)
            objects.append(obj)
        return objects
